"""Sexes of given names, derived by benchmarks/given_names.py: do not edit by
hand.

LISTED_MALE_GIVEN_NAMES and LISTED_FEMALE_GIVEN_NAMES: words that at least
3 of Faker's person locales list as given names of one sex, one of
them English-speaking (or else with the corpus's votes for that sex), that no
locale lists for the other sex and that the corpus votes for the other sex at
most a third as often as for its own (the only given name of a surname written
after a title of one sex, "Mr"; "Mrs", "Ms", "Miss"; a name after a word of kin,
"his wife, Melania"; the other half of a couple); no place or nationality, and
written capitalised more often than in lower case (absent: no English word).
They widen MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES of given_names.py.
Made with Faker 40.63.0; 132 editor's review articles left out, list sha256 f0faeee70497.
Run the script again to regenerate (--check-sexes: is this what it writes now?).
"""

from __future__ import annotations

from generator.extract.words import word_set

LISTED_MALE_GIVEN_NAMES = word_set(
    """
    Aaron Abdul Abdullah Abelardo Abraham Adalberto Adam Adolf Adolfo Adrian Adrien
    Agustin Ahmad Aidan Aiden Alan Albert Alberto Albin Aldo Alejandro Alessandro
    Alexander Alexandre Alf Alfonso Alfred Alfredo Alistair Allan Allen Alois Alonso
    Alphonse Alvaro Alvin Alwin Ambrose Amin Amir Amos Anders Anderson Andre Andreas
    Andres Andrew Andy Angelo Anthony Antoine Anton Antonio Antony Ari Armand Armando
    Armin Arne Arnold Arnulfo Aron Arsenio Arthur Arturo Augustin Aurelio Austin Axel
    Barry Beau Ben Benito Benjamin Benny Bernard Bernardo Bernhard Bert Bertram Bertrand
    Bilal Bill Bjorn Blas Bob Boris Brad Bradley Brayan Brendan Brian Bruce Bruno Bryan
    Caleb Callum Calvin Camilo Carl Carlo Carlos Carmelo Carter Cas Casper Cecil Cedric
    Celestino Charles Charly Che Christophe Christopher Claudio Claus Clayton Clement
    Clemente Clifford Clinton Clive Cole Colin Collin Connor Conor Conrad Cornel
    Cornelius Craig Cristian Cristobal Curt Curtis Cyril Damian Damien Damon Dan Daniel
    Danny Dante Darin Dario Darius Darrell Darren Darrin Darryl Daryl Dave David Declan
    Dennis Derek Derick Desmond Diego Dieter Dillon Dimitri Dimitrios Dino Dion Dirk
    Domenico Dominic Dominik Donal Donald Donato Douglas Duncan Dwayne Edgar Edgardo
    Edison Edmond Edmund Eduardo Edward Edwin Einar Eldon Elias Elie Elijah Eliseo
    Elliot Elliott Elmer Eloy Elton Elvin Elvis Emanuel Emil Emile Emiliano Emilio
    Emmanuel Emmet Emmett Enrico Enrique Enzo Erasmo Eric Erich Erick Erik Erling Ernest
    Ernesto Ernst Ervin Erwin Esteban Ethan Eugene Eugenio Eusebio Evan Ewald Ezequiel
    Fabian Federico Felipe Felix Ferdinand Fernand Fernando Fidel Florencio Florentino
    Florian Francesco Francisco Franco Frank Franklin Franz Fred Freddy Frederic
    Frederick Fredy Fritz Gabriel Gael Gaetano Gareth Garrett Garry Gary Gaston Gavin
    Genaro Geoffrey George Gerald Gerard Gerardo Gerhard Gerold Gerrit Giancarlo Gianni
    Gil Gilbert Gilberto Gino Giovanni Giovanny Giuseppe Glen Gonzalo Gordon Gottlieb
    Graeme Graham Grant Gregorio Gregory Guido Guillermo Gunnar Gustav Gustavo Hamza
    Hans Hardy Harold Harrison Harry Harvey Hasan Hector Henry Herbert Heriberto Herman
    Hermann Horacio Howard Hubert Hugh Hugo Humberto Ian Ignacio Isaac Isaiah Isidor
    Isidro Ismael Ismail Ivan Jack Jackson Jacky Jacob Jacques Jair Jairo Jake Jakob
    Jamal James Jamil Jared Jason Javier Jay Jeff Jefferson Jeffrey Jens Jeremiah Jeremy
    Jerome Jerry Jesus Jim Jimmy Joe Joel Johan John Johnathan Johnny Johny Jon Jonah
    Jonas Jonatan Jonathan Jonathon Jordi Jordy Jorge Jose Josef Joseph Josh Joshua
    Josiah Jovan Juan Jude Jules Julian Julien Julio Julius Justin Justus Kai Kaleb Kane
    Karim Karl Keith Kelvin Ken Kenan Kenneth Kenny Kevin Khalid Kian Kieran Killian
    Kirk Koen Kristofer Kristoffer Kristopher Kurt Lambert Lance Lars Lawrence Leander
    Leandro Leif Lenny Leo Leon Leonard Leonardo Leonel Leopold Leopoldo Levin Lewis Lex
    Liam Linus Lionel Lisandro Lloyd Lorenzo Lorin Louis Luc Lucas Luciano Lucien Lucio
    Ludwig Luigi Luis Lukas Luke Mahmoud Malcolm Malik Manuel Marc Marcel Marcelino
    Marcello Marcelo Marco Marcos Marcus Mariano Mario Marius Mark Markus Marlon Martin
    Marvin Mason Mateo Mathew Matias Matteo Matthew Matthias Maurice Mauricio Mauro Max
    Maximilian Maximiliano Maxwell Melvin Mervyn Michael Micheal Miguel Mike Milton
    Misael Mitchell Mohammad Morris Muhammad Mustafa Myles Nathan Nathaniel Neil
    Nicholas Nick Nico Nicolas Nigel Niko Nikolai Nikolas Nils Noah Noe Nolan Norbert
    Norberto Norman Octavio Olaf Oliver Omar Omer Orlando Oscar Osman Osvaldo Oswaldo
    Otto Owen Pablo Pasquale Patric Patrick Paulo Pedro Peter Philip Philippe Phillip
    Pierce Pierre Pius Porfirio Quentin Quinten Rafael Ralph Ramiro Ramon Raoul Raphael
    Raul Ray Rayan Raymond Reginald Reinaldo Reinhold Reynaldo Ricardo Richard Rick
    Ricky Rico Rigoberto Robby Robert Roberto Robinson Rocco Rodney Rodolfo Rodrigo
    Rogelio Roger Rohan Roland Rolando Rolf Roman Romeo Ron Ronald Ronaldo Ronan Ronny
    Rosendo Ross Roy Ruben Rudolf Rudy Russell Ryan Salvador Salvatore Samir Sammy
    Samuel Santino Saverio Scott Seamus Sean Sebastian Sergio Seth Shaun Silas Silvester
    Silvio Simon Sonny Spencer Stan Stanley Stefan Stephan Stephen Steve Steven Stewart
    Stuart Sylvester Teddy Theo Theodore Thomas Thor Tim Timothy Titus Tobias Todd Tom
    Tomas Tommy Tony Travis Trevor Troy Tyrone Tyson Ulises Uriel Valentin Valentino
    Vicente Victor Victoriano Viktor Vince Vincent Vincenzo Vito Vladimir Waldemar
    Walter Warren Wayne Wenzel Werner Wesley Wilfredo Wilhelm William Wilmer Wilson
    Wyatt Xavier Yusuf Zachary Zakaria
    """
)

LISTED_FEMALE_GIVEN_NAMES = word_set(
    """
    Aaliyah Abbie Abigail Abril Adela Adele Adelina Adeline Adina Adriana Adrienne
    Agatha Agnes Aida Aileen Aimee Aisha Alana Albertina Albertine Albina Alejandra
    Alena Alessandra Alexa Alexandra Alexandria Alice Alicia Alida Alina Alisa Alisha
    Alison Alix Alla Allison Alma Alondra Alyssa Amalia Amalie Amanda Amaya Amber Amelia
    Amelie Amina Amira Amparo Amy Ana Anabel Anastasia Angela Angelina Angeline Angie
    Anika Anissa Anita Ann Anna Annabella Annabelle Annalise Anne Anne-Marie Anneliese
    Annemarie Annetta Annette Annie Annika Antoinette Antonia Antonina Araceli Ariane
    Ashlee Ashleigh Astrid Audrey Augusta Aurelia Aurore Ava Ayla Aylin Barbara Beatrix
    Beatriz Belinda Bella Benita Bernadette Berta Bertha Beth Bethany Bettina Betty
    Beverley Bianca Blanca Brenda Briana Brianna Bridget Brigid Brigitte Britta Brooke
    Caitlin Caitlyn Calista Camila Camilla Cara Caren Carin Carla Carlota Carly Carmela
    Carole Carolina Caroline Carolyn Casandra Catalina Catherine Cathleen Cathrine Cathy
    Cecilia Celia Celina Celine Chantal Chantelle Charlene Charline Charlotta Chelsea
    Chelsey Cherie Cheryl Chloe Christa Christel Christiana Christin Christine Ciara
    Cindy Cinthia Claire Clara Clarisa Clarissa Claudette Claudia Claudine Clementina
    Clotilde Colleen Collette Concetta Consuela Consuelo Coralie Corina Corine Corinna
    Corinne Cornelia Cristina Cynthia Dafne Dagmar Dagny Dalia Damaris Danica Daniela
    Daniella Danielle Daria Dayana Debbie Debora Deborah Debra Delfina Delia Delphine
    Demi Denise Desiree Deyanira Diana Dianne Dina Dolores Domenica Dominga Donna Dorcas
    Doreen Dorine Doris Dorothea Dorothy Dulce Ebba Ebony Eda Edel Edith Edna Eileen
    Eilish Elaine Elba Eleanor Elena Eleonora Eleonore Eliana Elisabeth Elise Eliza
    Elizabeth Ella Ellen Ellie Elma Elna Elodie Elsa Elsie Elvia Elvira Ema Emilia
    Emilie Emily Emmy Enya Erica Erika Erna Ernestina Ernestine Esmeralda Esperanza
    Estela Estella Estelle Esther Estrella Ethel Etta Eunice Eva Evelin Evelina Eveline
    Evelyne Evie Evita Fabiola Farah Faye Felicia Felicitas Fernanda Filomena Fiona
    Flavia Flora Francesca Francine Francisca Frida Frieda Gabriela Gabriella Gabrielle
    Gemma Genoveva Georgina Geraldine Gerda Gertrude Giada Gianna Gilda Gillian Gina
    Giovanna Giuliana Gladys Glenda Gloria Grace Graciela Greta Griselda Habiba Hailey
    Haley Halima Hana Hanna Hannah Harriet Hayley Hazel Heather Hedwig Heidi Heidy Helen
    Helena Helene Helga Helma Henrietta Henriette Hermine Herminia Hilda Hildegard Hilma
    Holly Hortense Hulda Ilona Imelda Ina Inaya Ines Inez Ingeborg Ingrid Irene Iris
    Irma Isabell Isabelle Isis Isobel Ivana Ivonne Jacinta Jacqueline Jael Jamila Jana
    Jane Janet Janette Janice Janine Janna Jaqueline Jayne Jeanette Jeanine Jeanne
    Jeannette Jeannine Jemma Jenifer Jenna Jennifer Jenny Jessica Jill Jillian Jimena
    Joana Joanna Joanne Jocelyn Jocelyne Jodi Jodie Jody Johana Johanna Jolene Jonna
    Josefa Josefina Josephine Josette Jovita Joyce Juana Juanita Judith Judy Julia
    Juliana Julianna Julie Juliet Juliette Justina Kaitlin Kaitlyn Kamila Karen Karin
    Karina Karla Katarina Kate Katelyn Katerina Katharina Katharine Katherin Katherine
    Kathleen Kathryn Kathy Kati Katia Katie Katrina Katy Kayla Kaylee Kayleigh Kellie
    Kendra Kerri Khadija Kimberley Kira Kirsten Kirstin Kirsty Krista Kristi Kristina
    Kristine Kristy Krystal Kyara Kylie Kyra Laila Lana Larissa Laura Laureen Lauren
    Laurie Lavinia Layla Leah Leana Leandra Leanne Leena Leila Leona Leonie Leonor
    Leonora Leticia Leyla Lia Lidia Lila Lilia Lilian Liliana Lilla Lillian Lilly Lily
    Lina Linda Linnea Lisa Lisbeth Lise Lisette Livia Liz Lois Lolita Lorena Loretta
    Lorna Lorraine Lotta Louisa Louise Lourdes Luana Lucia Luciana Lucie Lucinda Lucy
    Luisa Luna Luz Lynda Lynne Mabel Madeleine Madeline Maeve Magdalene Maida Maira
    Mandy Manuela Marcela Marcelina Marcella Marcelle Marcia Maren Margaret Margarete
    Margaretha Margot Margret Marguerite Mariah Mariam Mariana Mariann Marianna Marianne
    Maribel Maricela Marie Marie-Claire Mariela Marietta Marilyn Marina Marisa Marisela
    Marisol Marissa Marita Maritza Marjorie Marleen Marlen Marlene Marta Martha Martina
    Martine Maryam Mathilda Mathilde Matilda Matilde Maud Maude Maura Maureen Maurine
    Maya Mayra Megan Meghan Melania Melanie Melina Melinda Melisa Melissa Mercedes Mia
    Micaela Michaela Michelle Mikaela Mikayla Milagros Milda Milka Millicent Minna Mira
    Mireya Miriam Moira Mona Monica Monika Monique Muriel Nadia Nadine Nana Nancy Naomi
    Natalia Natalie Nataly Natasha Nathalie Nelly Niamh Nichole Nicole Nikita Nikki
    Nilda Nina Noelia Noemi Nora Norah Norma Nova Octavia Odette Odile Ofelia Olena
    Oliva Olivia Ottilia Paige Paloma Pamela Patricia Paula Paulette Paulina Peggy Perla
    Petra Philomena Phoebe Phyllis Polly Priscila Priscilla Rachael Rachel Rachelle
    Rafaela Ragna Randi Raquel Rebeca Rebecca Rebekah Reina Rena Renata Renee Rhonda Ria
    Rita Roberta Robyn Rosalia Rosalie Rosanna Rosaria Rosemarie Rosie Rosina Roxana
    Roxane Ruth Sabina Sabrina Sally Salma Samantha Samira Sandra Sara Sarah Sarina
    Saskia Scarlett Selena Selina Selma Serena Shana Shania Shauna Sheena Sheila Sheree
    Sheryl Sienna Signe Sigrid Silvia Simona Sina Sinead Siobhan Socorro Sonia Sonja
    Sonya Sophia Sophie Stefani Stefanie Stella Susan Susana Susann Susanna Susanne
    Suzanne Sylvia Tabitha Tamara Tami Tammy Tania Tanja Tanya Tara Tatiana Tea Teresa
    Terri Tess Tessa Thelma Theodora Theresa Therese Theresia Tiffany Tina Tonya Una
    Ursula Valentina Valeria Valerie Vanesa Vanessa Verena Vicki Vicky Vida Vilma
    Vincenza Violet Violeta Violetta Violette Viviana Vivienne Wanda Wendy Wilma Ximena
    Xiomara Yasmin Yasmine Yesenia Yolanda Yuliana Yvette Yvonne Zara Zelma Zina Zita
    Zoe Zoey Zora
    """
)
